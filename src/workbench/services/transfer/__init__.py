"""Files in and out: Excel workbooks, MTurk batch-results archives, offline review sheets."""
