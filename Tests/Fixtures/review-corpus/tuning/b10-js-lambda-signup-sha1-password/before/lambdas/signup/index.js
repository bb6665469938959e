const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, PutCommand } = require("@aws-sdk/lib-dynamodb");
const { randomUUID } = require("node:crypto");

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.USERS_TABLE;

exports.handler = async (event) => {
  const body = JSON.parse(event.body || "{}");
  const email = String(body.email || "").trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    return { statusCode: 400, body: JSON.stringify({ error: "invalid email" }) };
  }
  const user = { pk: `USER#${email}`, id: randomUUID(), email, createdAt: new Date().toISOString(), status: "invited" };
  await ddb.send(new PutCommand({ TableName: TABLE, Item: user, ConditionExpression: "attribute_not_exists(pk)" }));
  return { statusCode: 201, body: JSON.stringify({ id: user.id }) };
};
