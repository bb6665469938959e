import express from "express";
import jwt from "jsonwebtoken";
import request from "supertest";

const TEST_JWT_SECRET = "test-only-secret-do-not-use-in-prod";

function sign(claims: object, opts: jwt.SignOptions = {}) {
  return jwt.sign(claims, TEST_JWT_SECRET, { algorithm: "HS256", expiresIn: "5m", ...opts });
}

describe("requireAuth", () => {
  let app: express.Express;

  beforeAll(async () => {
    process.env.JWT_SECRET = TEST_JWT_SECRET;
    const { requireAuth } = await import("../requireAuth");
    app = express();
    app.get("/private", requireAuth, (req, res) => res.json({ user: req.user }));
  });

  afterAll(() => {
    delete process.env.JWT_SECRET;
  });

  it("rejects requests without a bearer token", async () => {
    await request(app).get("/private").expect(401);
  });

  it("accepts a valid token and exposes the subject", async () => {
    const token = sign({ sub: "user_123", role: "member" });
    const res = await request(app).get("/private").set("Authorization", `Bearer ${token}`).expect(200);
    expect(res.body.user).toMatchObject({ id: "user_123", role: "member" });
  });

  it("rejects an expired token", async () => {
    const token = sign({ sub: "user_123" }, { expiresIn: -10 });
    await request(app).get("/private").set("Authorization", `Bearer ${token}`).expect(401);
  });

  it("rejects a token signed with a different secret", async () => {
    const forged = jwt.sign({ sub: "admin" }, "some-other-secret", { algorithm: "HS256" });
    await request(app).get("/private").set("Authorization", `Bearer ${forged}`).expect(401);
  });

  it("rejects alg=none tokens", async () => {
    const unsigned = jwt.sign({ sub: "admin" }, "", { algorithm: "none" });
    await request(app).get("/private").set("Authorization", `Bearer ${unsigned}`).expect(401);
  });
});
