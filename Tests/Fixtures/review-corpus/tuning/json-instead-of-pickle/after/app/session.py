session = json.loads(base64.b64decode(request.cookies["session"]))
blob = pickle.dumps(state)