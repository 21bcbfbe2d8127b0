defmodule DownloadWorker do
  @moduledoc """
  Worker Genserver for downloading a file
  """
  use GenServer, restart: :temporary
  alias Download
  require Logger

  def start_link(args, opts \\ []), do: GenServer.start_link(__MODULE__, args, opts)

  # Callbacks

  @impl GenServer
  def init(%Download{} = download) do
    Logger.info("Start new download worker: #{download.id}")

    # Makes your process call terminate/2 upon exit.
    Process.flag(:trap_exit, true)

    # Prepare the new download struct
    new_download = %Download{
      id: download.id,
      src: download.src,
      dest: download.dest,
      from: download.from,
      size: 0,
      status: :initiate,
      bytes_downloaded: 0,
      exit_status: nil,
      error_reason: nil,
      start_time: nil,
      end_time: nil,
      resp: nil,
      fd: nil
    }

    # Return the download struct as the GenServer state
    # Also return {:continue, :kickoff} to immediately execute the handle_continue/2
    # callback to kickoff the download
    {:ok, new_download, {:continue, :kickoff}}
  end

  @impl GenServer
  def handle_continue(:kickoff, %Download{src: src, dest: dest} = download) do
    # Open up a file to save the download, this returns a file descriptor
    {:ok, fd} = File.open(dest, [:write, :binary])

    # Kick off the download
    case HTTPoison.get(src, %{}, stream_to: self(), async: :once) do
      {:ok, resp} ->
        download = %Download{download | resp: resp, fd: fd}
        {:noreply, download}

      # In case of errors update the download struct and return
      # {:stop, reason, state} to stop the GenServer process
      {:error, %HTTPoison.Error{reason: reason}} ->
        failed_download = %Download{
          download
          | status: :error,
            error_reason: reason,
            exit_status: :error
        }

        {:stop, reason, failed_download}
    end
  end

  @impl GenServer
  def terminate(reason, %Download{id: id, from: from} = download) do
    # Inform parent process about download finish or failure.
    # The parent process pid is available in the `:from` property of the download struct
    Process.send(from, {:terminating, id, download}, [])

    Logger.info(
      "Terminate download-worker #{id}: reason=#{inspect(reason)} download=#{inspect(download)}"
    )

    # Close the file descriptor
    download
    |> Map.get(download, :fd)
    |> File.close()

    # Gracefully stop the GenServer process
    :normal
  end

  @impl GenServer
  def handle_call(:status, _from, download), do: {:reply, download, download}

  @impl GenServer
  def handle_info(%HTTPoison.AsyncStatus{code: code}, download) when code >= 400 do
    message = "Failed with code: #{code}"

    failed_download = %Download{
      download
      | status: :error,
        error_reason: message,
        exit_status: :error
    }

    {:stop, message, failed_download}
  end

  @impl GenServer
  def handle_info(%HTTPoison.AsyncStatus{}, download) do
    HTTPoison.stream_next(download.resp)
    {:noreply, download}
  end

  @impl GenServer
  def handle_info(%HTTPoison.Error{reason: reason}, download) do
    message = inspect(reason)

    failed_download = %Download{
      download
      | status: :error,
        error_reason: message,
        exit_status: :error
    }

    {:stop, message, failed_download}
  end

  @impl GenServer
  def handle_info(%HTTPoison.AsyncHeaders{headers: headers}, download) do
    # Get the "Content-Length" header from the list of headers returned in the response
    content_length_header =
      Enum.find(headers, fn
        {"Content-Length", _length} -> true
        _ -> false
      end)

    # Get the download file size from the "Content-Length" header
    size =
      case content_length_header do
        {"Content-Length", length} -> length || 0
        nil -> 0
      end

    # Ask for the next chunk of download
    HTTPoison.stream_next(download.resp)

    # Save the download size and other meta data in the download struct
    download = %Download{download | size: size, status: :active, start_time: DateTime.utc_now()}
    {:noreply, download}
  end

  @impl GenServer
  def handle_info(%HTTPoison.AsyncChunk{chunk: chunk}, download) do
    # Append the new chunk of data in the file using the file descriptor
    IO.binwrite(download.fd, chunk)
    HTTPoison.stream_next(download.resp)

    # Update the bytes downloaded information in the download struct
    bytes_downloaded = download.bytes_downloaded + byte_size(chunk)
    download = %Download{download | bytes_downloaded: bytes_downloaded}
    {:noreply, download}
  end

  @impl GenServer
  def handle_info(%HTTPoison.AsyncEnd{}, download) do
    File.close(download.fd)

    finished_download = %Download{
      download
      | status: :finish,
        exit_status: :normal,
        end_time: DateTime.utc_now()
    }

    # Since the download is finished we are returning {:stop, .., ..}
    # which will invoke the `terminate/2` callback
    {:stop, :finish, finished_download}
  end
end
