#!/usr/bin/env python3
"""The baseline of benchmark 2: a plain sequential loop of one request per batch.

    EXTRACTA_API_TOKEN=... python3 delete_loop.py API_URL LIST.csv

This is the Python example of the API documentation ("Delete batch"), made to run over a list: one
DELETE per `classificationId,batchId` line, one after the other. `requests` is not in the standard
library, so the same request is sent with urllib.request (which, like `requests.delete` without a
session, opens a new connection for every request). Exit 0 when every batch was deleted.
"""
import csv
import json
import os
import sys
import urllib.error
import urllib.request


def delete_batch(api_url, token, classification_id, batch_id):
    url = api_url + "/documentClassification/deleteBatch"
    headers = {
        "Content-Type": "application/json",
        "Authorization": f"Bearer {token}",
    }
    payload = {
        "classificationId": classification_id,
        "batchId": batch_id,
    }
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode("utf-8"), headers=headers, method="DELETE"
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())
    except (urllib.error.URLError, OSError, ValueError) as error:
        print(f"Failed to delete batch {batch_id}: {error}", file=sys.stderr)
        return None


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    api_url, list_path = sys.argv[1].rstrip("/"), sys.argv[2]
    token = os.environ["EXTRACTA_API_TOKEN"]
    failed = 0
    with open(list_path, newline="", encoding="utf-8") as rows:
        for row in csv.reader(rows):
            if len(row) != 2:
                continue
            response = delete_batch(api_url, token, row[0], row[1])
            if not response or response.get("status") != "success":
                failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
