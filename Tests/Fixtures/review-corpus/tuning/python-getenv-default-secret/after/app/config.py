import os

SECRET_KEY = os.getenv("SECRET_KEY", "p9Lk2Xv7Qm4Rt8Wz1Ny6Bc3Hd5Fs0Ja")
