MyDownloader.start_download("https://api.chucknorris.io/jokes/random")

MyDownloader.start_download(
  "https://file-examples.com/storage/fede3f30f864a1f979d2bf0/2017/10/file_example_JPG_100kB.jpg"
)

# Invalid download url, the spawned task to request this url will crash
MyDownloader.start_download("https://invalid-file-download.invalid")
