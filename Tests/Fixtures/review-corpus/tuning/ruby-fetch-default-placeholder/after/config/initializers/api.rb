API_KEY = ENV.fetch("API_KEY", "your-api-key-here")
