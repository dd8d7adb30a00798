# Build the MES Desk installer on Windows (x64):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (python.org installer, "py" launcher) and Inno Setup 6
# (https://jrsoftware.org, or `winget install JRSoftware.InnoSetup`).
# Output: dist\mesdesk\ (the folder: "MES Desk.exe" windowed, mesdesk.exe console)
#         dist\mesdesk-<version>-windows-x64-setup.exe
param(
    [string]$Python = "py -3.11"
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    Invoke-Expression "$Python -m venv .venv"
}
$py = ".venv\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip
& $py -m pip install --quiet -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\mesdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Smoke check of the frozen console executable, from outside the source tree.
$demo = Join-Path $env:TEMP "mesdesk-demo"
Remove-Item -Recurse -Force $demo -ErrorAction SilentlyContinue
Push-Location $env:TEMP
& "$PSScriptRoot\..\..\dist\mesdesk\mesdesk.exe" demo --out $demo
$demoExit = $LASTEXITCODE
Pop-Location
if ($demoExit -ne 0) { throw "frozen demo failed" }
Get-ChildItem $demo

# One version from the git tag (mesdesk/version.py): the one the frozen program reports
# names the installer; Windows' version fields take its X.Y.Z numbers.
$version = ((& "dist\mesdesk\mesdesk.exe" --version) -replace '^MES Desk ', '').Trim()
$numeric = (& $py packaging\print_version.py --numeric).Trim()
$expected = (& $py packaging\print_version.py).Trim()
if ($version -ne $expected) { throw "the frozen program says $version, the sources $expected" }
$iscc = @(
    (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source,
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it, then run this script again" }
& $iscc "/DAppVersion=$version" "/DAppNumericVersion=$numeric" packaging\windows\mesdesk.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Get-Item "dist\mesdesk-$version-windows-x64-setup.exe"
