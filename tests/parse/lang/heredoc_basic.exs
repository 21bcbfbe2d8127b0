"""
hello
world
"""
