<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Durations</name>
    <message>
        <location filename="../../src/workbench/domain/clock.py" line="82"/>
        <source>not a duration: {text} (use e.g. 30m, 2h, 3d)</source>
        <translation>keine Dauer: {text} (z. B. 30m, 2h, 3d)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../src/workbench/domain/money.py" line="43"/>
        <source>reward</source>
        <translation>Vergütung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/money.py" line="45"/>
        <source>bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/money.py" line="29"/>
        <source>{what} {text} is not a US dollar amount with at most two decimals (e.g. 0.05)</source>
        <translation>{what} {text} ist kein US-Dollar-Betrag mit höchstens zwei Nachkommastellen (z. B. 0.05)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/money.py" line="34"/>
        <source>{what} {text} is below the minimum of {minimum}</source>
        <translation>{what} {text} liegt unter dem Minimum von {minimum}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/money.py" line="62"/>
        <source>{what} {text} is more than {maximum}, the most accepted</source>
        <translation>{what} {text} ist mehr als {maximum}, der höchste zulässige Betrag</translation>
    </message>
</context>
<context>
    <name>WorkerIds</name>
    <message>
        <location filename="../../src/workbench/domain/ids.py" line="53"/>
        <source>no worker id given</source>
        <translation>keine Worker-ID angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/ids.py" line="55"/>
        <source>an MTurk worker id is A followed by up to 63 upper-case letters and digits</source>
        <translation>eine MTurk-Worker-ID ist ein A, gefolgt von bis zu 63 Großbuchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/ids.py" line="56"/>
        <source>a worker id is 2 to 64 upper-case letters and digits</source>
        <translation>eine Worker-ID besteht aus 2 bis 64 Großbuchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/ids.py" line="58"/>
        <source>{text} is not a worker id: {rule}</source>
        <translation>{text} ist keine Worker-ID: {rule}</translation>
    </message>
</context>
</TS>
