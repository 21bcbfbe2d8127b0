MyDownloader.start_link()
