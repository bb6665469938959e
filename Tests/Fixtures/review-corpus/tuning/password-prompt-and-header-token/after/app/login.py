password = getpass.getpass("Password: ")
token = request.headers.get("Authorization")
api_key = settings.API_KEY