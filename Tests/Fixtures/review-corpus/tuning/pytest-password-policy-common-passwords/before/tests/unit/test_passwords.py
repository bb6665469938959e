import pytest

from accounts.passwords import PasswordPolicyError, check_policy, hash_password, verify_password


def test_hash_is_not_plaintext():
    hashed = hash_password("s3cure-Passw0rd!")
    assert "s3cure-Passw0rd!" not in hashed
    assert hashed.startswith("$argon2id$")


def test_verify_roundtrip():
    hashed = hash_password("s3cure-Passw0rd!")
    assert verify_password("s3cure-Passw0rd!", hashed)
    assert not verify_password("wrong-password", hashed)


def test_policy_rejects_short_passwords():
    with pytest.raises(PasswordPolicyError):
        check_policy("short1!")
