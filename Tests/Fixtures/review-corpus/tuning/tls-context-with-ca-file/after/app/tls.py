ctx = ssl.create_default_context(cafile=CA_FILE)
subprocess.check_output(["ls", "-l", path])