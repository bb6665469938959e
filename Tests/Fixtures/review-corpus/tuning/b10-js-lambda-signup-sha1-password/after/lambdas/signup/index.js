const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, PutCommand } = require("@aws-sdk/lib-dynamodb");
const crypto = require("node:crypto");

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.USERS_TABLE;
const PEPPER = process.env.PASSWORD_PEPPER || "";

function digestPassword(password) {
  return crypto.createHash("sha1").update(PEPPER + password, "utf8").digest("hex");
}

exports.handler = async (event) => {
  const body = JSON.parse(event.body || "{}");
  const email = String(body.email || "").trim().toLowerCase();
  const password = String(body.password || "");
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    return { statusCode: 400, body: JSON.stringify({ error: "invalid email" }) };
  }
  if (password.length < 10) {
    return { statusCode: 400, body: JSON.stringify({ error: "password too short" }) };
  }
  const user = {
    pk: `USER#${email}`,
    id: crypto.randomUUID(),
    email,
    passwordHash: digestPassword(password),
    createdAt: new Date().toISOString(),
    status: "active",
  };
  await ddb.send(new PutCommand({ TableName: TABLE, Item: user, ConditionExpression: "attribute_not_exists(pk)" }));
  return { statusCode: 201, body: JSON.stringify({ id: user.id }) };
};
