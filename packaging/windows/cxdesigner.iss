; Windows installer for the folder `make package` builds (dist\cxdesigner), made with
; Inno Setup 6 from the top of the source tree, with the version of cxdesigner/__init__.py:
;
;   iscc /DVersion=0.1.0 packaging\windows\cxdesigner.iss
;
; It installs for the current user (or for everyone, if asked), adds a Start menu entry,
; and registers the .cxd file type: its document icon, and double-click opens it in
; CX Designer ("cxdesigner.exe" "%1", which the command line opens in the editor).

#ifndef Version
  #error Give the version: iscc /DVersion=X.Y.Z packaging\windows\cxdesigner.iss
#endif

[Setup]
AppId=org.cxdesigner.CXDesigner
AppName=CX Designer
AppVersion={#Version}
AppPublisher=The CX Designer developers
AppPublisherURL=https://cxdesigner.org/
DefaultDirName={autopf}\CX Designer
DefaultGroupName=CX Designer
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\build\icons\app.ico
UninstallDisplayIcon={app}\cxdesigner.exe
OutputDir=..\..\dist
OutputBaseFilename=cxdesigner-{#Version}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\cxdesigner\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\CX Designer"; Filename: "{app}\cxdesigner.exe"

[Registry]
; HKA: the current user's classes for a per-user install, the machine's for everyone.
Root: HKA; Subkey: "Software\Classes\.cxd"; ValueType: string; ValueName: ""; ValueData: "CXDesigner.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cxd"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cxdesigner"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cxd\OpenWithProgids"; ValueType: string; ValueName: "CXDesigner.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CXDesigner.Project"; ValueType: string; ValueName: ""; ValueData: "CX Designer project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CXDesigner.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\document.ico"
Root: HKA; Subkey: "Software\Classes\CXDesigner.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\cxdesigner.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\cxdesigner.exe\SupportedTypes"; ValueType: string; ValueName: ".cxd"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\cxdesigner.exe"; Description: "{cm:LaunchProgram,CX Designer}"; Flags: nowait postinstall skipifsilent
