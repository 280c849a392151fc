#!/usr/bin/python3
"""A synthetic Belgian eID for the tests, served through vsmartcard's vpcd (pcscd's virtual
reader) with python3-virtualsmartcard: the identity file 3F00/DF01/4031 and the address file
4033, selected by path and read with READ BINARY (6Cxx when asked for more than is left, as
the card does).

    virtual_eid.py --port 35963 --holder NAME [--mode normal|expired|pull|garbage|not-eid]

Holders are made-up people with valid national numbers. Modes: an expired card; a card pulled
out after its first READ BINARY (the process leaves); unreadable data; a card that is not an
eID. Prints "connected" once vpcd has the card.
"""
import argparse
import logging
import os
import sys

# Debian 12 installs the package one folder deeper than Python looks, and its crypto helpers
# import PyCrypto's names, which Debian's python3-pycryptodome provides as Cryptodome (this
# card uses none of them).
sys.path.insert(0, "/usr/lib/python3/site-packages/virtualsmartcard")
try:
    import Crypto  # noqa: F401
except ImportError:
    import Cryptodome
    import Cryptodome.Cipher
    import Cryptodome.Hash
    import Cryptodome.Hash.SHA1
    sys.modules["Crypto"] = Cryptodome
    sys.modules["Crypto.Cipher"] = Cryptodome.Cipher
    sys.modules["Crypto.Hash"] = Cryptodome.Hash
    Cryptodome.Hash.SHA = Cryptodome.Hash.SHA1
from virtualsmartcard.VirtualSmartcard import SmartcardOS, VirtualICC  # noqa: E402

HOLDERS = {
    # A Belgian of Brussels, compound first names and accents.
    "claes": {
        "card": "592123456789", "from": "12.03.2022", "until": "12.03.2032",
        "nn": "85073003427", "surname": "Claes-Van den Bossche", "first": "Anne-Sophie Élodie",
        "third": "M", "nationality": "Belge", "place": "Etterbeek", "birth": "30 JUIL 1985", "sex": "F",
        "street": "Chaussée d'Ixelles 227 bte 4", "zip": "1050", "city": "Ixelles",
    },
    # A foreign resident: a BIS number, a Dutch-language card.
    "nowak": {
        "card": "B12345678901", "from": "01.06.2021", "until": "01.06.2031",
        "nn": "90271512351", "surname": "Nowak", "first": "Łukasz Jan",
        "third": "", "nationality": "Pool", "place": "Kraków", "birth": "15 JUL 1990", "sex": "M",
        "street": "Brusselsesteenweg 12", "zip": "9000", "city": "Gent",
    },
    # A refugee registered without a first name, born in 1962 (day and month unknown to the
    # register: the number holds 00 00, the card the year alone, padded with spaces).
    "haddad": {
        "card": "592000000140", "from": "01.02.2024", "until": "01.02.2034",
        "nn": "62000000140", "surname": "Haddad", "first": "",
        "third": "", "nationality": "Syrien", "place": "Alep", "birth": "        1962", "sex": "M",
        "street": "Rue Haute 10", "zip": "1000", "city": "Bruxelles",
    },
    # A German-language card of Eupen, its date double-spaced.
    "schmitz": {
        "card": "592700112003", "from": "05.05.2023", "until": "05.05.2033",
        "nn": "70011200347", "surname": "Schmitz", "first": "Jürgen Karl",
        "third": "", "nationality": "Belgier", "place": "Eupen", "birth": "12  JAN  1970", "sex": "M",
        "street": "Aachener Straße 5", "zip": "4700", "city": "Eupen",
    },
}


def field(tag, value):
    data = value.encode("utf-8")
    length = len(data)
    out = bytes([tag])
    while length >= 255:  # the eID's lengths: 0xFF adds 255 and goes on
        out += b"\xff"
        length -= 255
    return out + bytes([length]) + data


def identity_file(h, mode):
    until = "12.03.2020" if mode == "expired" else h["until"]
    body = (field(0x01, h["card"]) + field(0x02, "534c494e33660012") + field(0x03, h["from"])
            + field(0x04, until) + field(0x05, h["city"]) + field(0x06, h["nn"]) + field(0x07, h["surname"])
            + field(0x08, h["first"]) + field(0x09, h["third"]) + field(0x0A, h["nationality"])
            + field(0x0B, h["place"]) + field(0x0C, h["birth"]) + field(0x0D, h["sex"])
            + field(0x0F, "1") + field(0x11, "\x00" * 20) + field(0x1F, "X" * 300))  # a long field: 0xFF lengths
    if mode == "garbage":
        body = body[:40] + b"\x07\xff\xff\xff"
    return body + b"\x00" * 16


def address_file(h):
    return field(0x01, h["street"]) + field(0x02, h["zip"]) + field(0x03, h["city"]) + b"\x00" * 8


class BelgianEid(SmartcardOS):
    def __init__(self, holder, mode):
        self.mode = mode
        self.files = {bytes.fromhex("3F00DF014031"): identity_file(holder, mode),
                      bytes.fromhex("3F00DF014033"): address_file(holder)}
        self.current = None
        self.reads = 0

    def getATR(self):
        return bytes.fromhex("3B9813400AA503010101AD1311")

    def execute(self, msg):
        if len(msg) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = msg[0], msg[1], msg[2], msg[3]
        if ins == 0xA4:  # SELECT
            path = msg[5:5 + msg[4]] if len(msg) > 5 else b""
            if self.mode == "not-eid" or path not in self.files:
                return b"\x6a\x82"
            self.current = self.files[path]
            return b"\x90\x00"
        if ins == 0xB0:  # READ BINARY
            if self.current is None:
                return b"\x69\x86"
            self.reads += 1
            if self.mode == "pull" and self.reads == 2:
                logging.info("pulled out")
                sys.stdout.flush()
                os._exit(0)
            offset = (p1 << 8) | p2
            le = msg[4] if len(msg) > 4 else 0
            le = 256 if le == 0 else le
            if offset > len(self.current):
                return b"\x6b\x00"
            left = len(self.current) - offset
            if le > left:
                return bytes([0x6C, min(left, 255)]) if left > 0 else b"\x6b\x00"
            return self.current[offset:offset + le] + b"\x90\x00"
        return b"\x6d\x00"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=35963)
    parser.add_argument("--holder", default="claes", choices=sorted(HOLDERS))
    parser.add_argument("--mode", default="normal", choices=["normal", "expired", "pull", "garbage", "not-eid"])
    args = parser.parse_args()
    icc = VirtualICC(None, "iso7816", "localhost", args.port, logginglevel=logging.WARNING)
    icc.os = BelgianEid(HOLDERS[args.holder], args.mode)
    print("connected", flush=True)
    icc.run()


if __name__ == "__main__":
    main()
