send(self(), :hello)
send self(), {:msg, 1}
Process.send_after(self(), :tick, 1000)
