; Inno Setup 6 script: the MES Desk installer for Windows (x64).
;
; Build on Windows after PyInstaller has made dist\mesdesk (see packaging\README.md):
;   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
; or by hand:
;   .venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\mesdesk.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0 packaging\windows\mesdesk.iss
; Output: dist\mesdesk-<version>-windows-x64-setup.exe
;
; Installs for the current user without administrator rights (into
; %LOCALAPPDATA%\Programs\MES Desk), or for all users if the user picks it and can
; elevate. Start-menu entry, optional desktop shortcut, .mesdesk files open with the
; app and show its icon, optional `mesdesk` command in new terminals, uninstaller in
; Settings > Apps. Workspaces and settings are the user's: the uninstaller keeps them.

#define AppName "MES Desk"
; The version comes from the git tag (mesdesk/version.py); build.ps1 passes both:
; AppVersion as the program reports it (0.2.0, or 0.2.1.dev3+g1a2b3c4 between tags),
; AppNumericVersion its X.Y.Z, for the fields Windows wants as numbers.
#ifndef AppVersion
  #define AppVersion "0.0+unknown"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0"
#endif
#define AppExe "MES Desk.exe"
#define ConsoleExe "mesdesk.exe"
#define ProgId "MESDesk.Workspace"
#define SourceDir "..\..\dist\mesdesk"

[Setup]
; Never change AppId: it is how an update finds the installed version.
AppId={{6F0D6B0E-3C1A-4F57-9B7E-5D2C8E1A4B93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MES Desk
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=mesdesk-{#AppVersion}-windows-x64-setup
SetupIconFile=mesdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.AddToPath=Ajouter la commande « mesdesk » aux nouveaux terminaux (PATH)
en.AddToPath=Add the "mesdesk" command to new terminals (PATH)
fr.WorkspaceType=Espace de travail MES Desk
en.WorkspaceType=MES Desk workspace

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no stale library from the previous version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File association, per user (HKCU) or per machine (HKLM) as the install itself: HKA.
Root: HKA; Subkey: "Software\Classes\.mesdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mesdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mesdesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mesdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkspaceType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mesdesk"; ValueData: ""
; The console executable beside it is for terminals; keep it out of "Open with".
Root: HKA; Subkey: "Software\Classes\Applications\{#ConsoleExe}"; ValueType: string; ValueName: "NoOpenWith"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The optional PATH entry lives in the user's (or machine's) environment; added once,
  removed on uninstall. }
function EnvironmentKey(var Root: Integer): String;
begin
  if IsAdminInstallMode then begin
    Root := HKEY_LOCAL_MACHINE;
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end else begin
    Root := HKEY_CURRENT_USER;
    Result := 'Environment';
  end;
end;

function PathContains(const Paths, Dir: String): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

procedure AddToPath(const Dir: String);
var
  Root: Integer;
  Key, Paths: String;
begin
  Key := EnvironmentKey(Root);
  if not RegQueryStringValue(Root, Key, 'Path', Paths) then
    Paths := '';
  if PathContains(Paths, Dir) then
    exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(Root, Key, 'Path', Paths + Dir);
end;

procedure RemoveFromPath(const Dir: String);
var
  Root, P: Integer;
  Key, Paths: String;
begin
  Key := EnvironmentKey(Root);
  if not RegQueryStringValue(Root, Key, 'Path', Paths) then
    exit;
  Paths := ';' + Paths + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if P = 0 then
    exit;
  Delete(Paths, P, Length(Dir) + 1);
  Paths := Copy(Paths, 2, Length(Paths) - 2);
  RegWriteExpandStringValue(Root, Key, 'Path', Paths);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
