import json
import os

import boto3

from cart.model import Cart

TABLE = boto3.resource("dynamodb").Table(os.environ["CART_TABLE"])


def lambda_handler(event, context):
    user_id = event["requestContext"]["authorizer"]["claims"]["sub"]
    body = json.loads(event.get("body") or "{}")
    cart = Cart.from_dict(body)
    if not cart.items:
        return {"statusCode": 400, "body": json.dumps({"error": "empty cart"})}

    TABLE.put_item(Item={
        "pk": f"USER#{user_id}",
        "sk": "CART",
        "items": [item.to_dict() for item in cart.items],
        "currency": cart.currency,
    })
    return {
        "statusCode": 200,
        "body": json.dumps({"saved": len(cart.items)}),
    }