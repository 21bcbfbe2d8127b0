send(:my_process, "Hello")
Process.info(self(), :messages)
