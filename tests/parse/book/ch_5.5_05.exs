System.schedulers_online()
