'''
abc
