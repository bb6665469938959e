PASSWORD_MIN_LENGTH = 12
password_field = "password"