"""A tiny web app that writes to the three kinds of places a container has.

- /app/cache: no volume, so its own writable layer;
- /var/log/app: an emptyDir in the emptydir-logs, shared-pvc and tour manifests;
- /data: a PersistentVolumeClaim in the shared-pvc, rwo-pvc and tour manifests.
"""
import logging
import os
import socket

from flask import Flask, request

LOG_DIR = os.environ.get("LOG_DIR", "/var/log/app")
DATA_DIR = os.environ.get("DATA_DIR", "/data")

os.makedirs(LOG_DIR, exist_ok=True)
logging.basicConfig(filename=os.path.join(LOG_DIR, "app.log"), level=logging.INFO)

app = Flask(__name__)


@app.get("/")
def hello():
    logging.info("request from %s", request.remote_addr)
    return f"hello from {socket.gethostname()}\n"


@app.post("/upload/<name>")
def upload(name):
    os.makedirs(os.path.join(DATA_DIR, "uploads"), exist_ok=True)
    with open(os.path.join(DATA_DIR, "uploads", os.path.basename(name)), "wb") as out:
        out.write(request.get_data())
    return "stored\n"


@app.get("/cache/<name>")
def cache(name):
    os.makedirs("/app/cache", exist_ok=True)
    with open(os.path.join("/app/cache", os.path.basename(name)), "w") as out:
        out.write(socket.gethostname())
    return "cached\n"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
