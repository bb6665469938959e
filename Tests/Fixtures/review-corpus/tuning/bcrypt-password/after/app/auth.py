import bcrypt

def store_password(user, password):
    user.password_digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    user.save()
