package main

func port() string {
	return getEnv("PORT", "8080")
}
