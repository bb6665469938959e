const count = await redis.eval(script, 1, key);
const body = JSON.parse(req.body);