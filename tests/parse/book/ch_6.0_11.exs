DownloadManager.remove(fourth_id)
