# Call the runner module to render the downloads list as a markdown table
Runner.render_downloads_list()
