"""
tab\there
quote " and "" inside
\"""
line \
continued
"""
