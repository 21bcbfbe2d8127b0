x = """
    indented
      more
    back
    """
