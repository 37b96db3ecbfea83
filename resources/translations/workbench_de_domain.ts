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
</context>
</TS>
