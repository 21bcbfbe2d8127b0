~s"a"
