model.eval()
value = ast.literal_eval(text)