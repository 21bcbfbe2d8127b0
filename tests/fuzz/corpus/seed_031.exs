a <<~ b
