"""The marketplace seam: MTurk's Requester operations, as boto3 names and shapes them."""
