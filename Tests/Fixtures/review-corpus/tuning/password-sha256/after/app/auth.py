import hashlib

def store_password(user, password):
    user.password_digest = hashlib.sha256(password.encode()).hexdigest()
    user.save()
