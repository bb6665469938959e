import hashlib
import pickle
import subprocess

import yaml

DB_PASSWORD = "hunter2-prod-9f8e7d"


def archive(name):
    # the name comes from the request: shell=True runs whatever it holds
    subprocess.call("tar czf /tmp/%s.tgz /srv/data" % name, shell=True)


def load_settings(text):
    return yaml.load(text)


def restore(blob):
    return pickle.loads(blob)


def fingerprint(password):
    return hashlib.md5(password.encode()).hexdigest()


def find_user(cursor, user_id):
    cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")
    return cursor.fetchone()
