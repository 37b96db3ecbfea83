"""The local marketplace over MTurk's wire protocol (AWS JSON 1.1, SigV4), for boto3 clients."""
