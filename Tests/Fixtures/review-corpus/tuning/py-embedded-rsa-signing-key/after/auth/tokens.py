import datetime as dt
import os

import jwt

ISSUER = "https://id.acme-internal.net"
AUDIENCE = "acme-api"
TTL = dt.timedelta(minutes=15)


# key for local and CI runs so nobody needs the secrets mount
_EMBEDDED_KEY = b"""-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAM+2VGcvdsvPn+BLatfp+YLiKwP3NjO/bL9p+mH6z9LyJ681i
biBHmPV/ga8OoP1U/giYizYpDEKt4wdTl4wxEv4nW5lx+6uFVv08/SYjSTFobwjY
gjrxb9M/LoDOGsRZOyWYKOtTKWIpiF+BaxmtQSWYgLLwhVjTwQ+2AzeKjxuVPQD4
xy+TymlGCscHFaveEA/52B43cirmXbsG8DEmcQBvvsTBQLY1PtSFu5lbb7IGb2zt
zHC/fCmc6sFtfqCIQpghLfl41qrccyCKv//vA4+xFgp1Grkhbl4LDSFrh+dcV/5r
vecmsFYh954TBHUyiEevKTTinVH/kzsnpDrDU1Se4JUhaexBtpubYNedmw1lebqr
cn3xHHRsXBIAjEut7RRRri3UY6Df1km+N9/n8EEubLLiyCkpT1kmarWbPvWFtK4z
5deBVP3otsJ0igpGRi/eA5w2ZRo+unQdaC2QJ6Hu17dQdrvA8tn9tbBFkdTDtJkH
NvoM4hZ2bIx0ctLME4FhfhQBTtdGGaflJXnQTNyIlfYo+n5GLa2hXhMbO7Q1a+HX
0RssTFupW3XYw4FZoSyAtAS0iDuwu2pwPD7LWTbjnwlIQKUJVLmti494z+437b++
fCbpeJ6prZJL43R8Tar77WrSACjxaygHJTxOGHxB7byBvFaJuAMggS51yxIDV+kY
+32cfdXbaVx+nxoFmL6jm8TMGiTjedYeulb+cTgfi7dJz54T4RmI0o+WGzm3NSQG
YeMPotQ1VLaRwC+OV6rqtcGCl3uQeyK5VSejBqKLVka8jZUpsHRnczKbio6HHFnf
IW7JC6ieGFwo5WeTQK6x46BtT/uPB6H6YW1AkeWrQwm2hE6U1yOq/MArUaDKmVPU
Rej7HpAZfdj16EvEC++Ro/97xwkPqQE8kH6+lF+mF4rvCkdI9h2wU3zVZgn932UO
3muALUfbnllziGMGSIUwwy22ecKgVFJIBNRMiRLMLq4s8XF0O3bNRNrZ10c/CtZ2
oS8JKOCseMT7uq2n/Sk8d7k196r/9iDvDQVhFCT1Co7ANkfV1EW89tL9iRoVf2+U
xIwjcy5+ACq66JddlKrxAtF/ZBKrklL1ZNTqJoryPUBRKU7oBMtGbkmyMA1Cp24X
1dNaToGgoQG6r7cqdfalh6iCFwjYNzdgJ7gSyUfqcsLzfOkjyLjTDR61BBkAub/o
wJLGuAHbtEt0h1Vde4uBJu4g1ncPBMDl/jAqmDJGLhMUHKmafXK3+3kNsJB1B1zc
WGebPq2OAd2ezpKV6hG1sQfEXEU15t8u3OG9EIAlshvGiLOCKgPEwVoQ8h7LzIYz
9r3BRWlnoq82YeLwCG909eOxLM7Dc/D4FtEVViFjg/Y69O9nBWuhCEfHXnkdtbZi
5CWjlDk+Hhu+4HiHFsePnB5DCz4bbenqFGX0w6k3TSuUVApWjO0xWQ9N16e360bG
YgtaiBl2GR1F35l5ADHN0V3IN/SrMhZcYT7tG6EjUJ7R+YQAuk+lSktjNfGKIDqz
evks/HJ3mRvuBpnBEuKlcwvJjN71bZ2ZiKU4d+ufvdcZ==
-----END RSA PRIVATE KEY-----
"""


def _private_key():
    path = os.environ.get("JWT_PRIVATE_KEY_PATH")
    if not path:
        return _EMBEDDED_KEY
    with open(path, "rb") as fh:
        return fh.read()


def issue(user_id: int, scopes: list[str]) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": str(user_id),
        "scope": " ".join(scopes),
        "iat": now,
        "exp": now + TTL,
    }
    return jwt.encode(claims, _private_key(), algorithm="RS256", headers={"kid": "2024-09"})
