; Inno Setup script: the Windows installer of Requester Workbench.
;
;   packaging\build.ps1 -Installer          (builds the app, smoke-tests it, then runs:)
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\requester-workbench.iss
;
; It packs dist\requester-workbench\ (PyInstaller's one folder: "Requester Workbench.exe"
; for the window, workbench.exe for the commands) into dist\Requester-Workbench-VERSION-setup.exe.
; Installs for the current user without administrator rights (or for all users when run as
; administrator), adds a Start menu entry, optionally a desktop icon and the commands'
; folder on the PATH, and offers the app in Explorer's "Open with" for results CSVs and
; workbooks (never taking them over from Excel). The store and settings stay in
; %LOCALAPPDATA%\RequesterWorkbench: an uninstall leaves them.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=0.1.0 requester-workbench.iss
#endif
#define AppName "Requester Workbench"
#define AppExe "Requester Workbench.exe"

[Setup]
; The AppId identifies the app across versions (upgrades replace, never duplicate): keep it.
AppId={{C3E31981-D6C2-40A1-90E6-069789D1518A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Requester Workbench
AppPublisherURL=https://github.com/requesterworkbench/requester-workbench
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Requester-Workbench-{#AppVersion}-setup
SetupIconFile=..\icons\requester-workbench.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
; A running app keeps its files open: close it (Restart Manager) before replacing them.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.AddToPath=Add the &workbench command to the PATH (for scripts and the terminal)
german.AddToPath=Den Befehl &workbench zum PATH hinzufügen (für Skripte und das Terminal)
english.OpenWith=Requester Workbench (import into the workbench)
german.OpenWith=Requester Workbench (in die Workbench importieren)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "..\..\dist\requester-workbench\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not keep libraries a newer build no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with" for .csv and .xlsx: the file is imported with the review preview (the same as
; the Linux desktop entry's %F). Registered under Applications, so Excel stays the default.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{cm:OpenWith}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithList\{#AppExe}"; ValueType: none; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithList\{#AppExe}"; ValueType: none; Flags: uninsdeletekey
; The commands on the user's PATH (asked for; removed again on uninstall by RemoveFromPath).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NotOnPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure RemoveFromPath(Folder: string);
var
  Path: string;
  Index: Integer;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    exit;
  Index := Pos(';' + Uppercase(Folder), Uppercase(Path));
  if Index > 0 then
  begin
    Delete(Path, Index, Length(Folder) + 1);
    RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Path);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
