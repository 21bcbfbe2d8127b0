~s(a #{b)
