defmodule T do
  def f do
    risky()
  rescue
    e -> e
  catch
    :throw, v -> v
  after
    :done
  end
end
