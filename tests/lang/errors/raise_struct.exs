raise %RuntimeError{message: "from struct"}
