"""Which workspace paths lie in a folder a sync client copies to the cloud."""

from __future__ import annotations

from pathlib import PurePath, PurePosixPath, PureWindowsPath

import pytest

from mesdesk.store.synced_folders import synced_folder

W = PureWindowsPath
P = PurePosixPath


@pytest.mark.parametrize(("path", "service", "root"), [
    # Windows
    (W(r"C:\Users\ana\OneDrive\Documents\Bilans\bilan.mesdesk"), "OneDrive", W(r"C:\Users\ana\OneDrive")),
    (W(r"C:\Users\ana\OneDrive - Association MES\Bilans été 2025\bilan.mesdesk"), "OneDrive",
     W(r"C:\Users\ana\OneDrive - Association MES")),
    (W(r"c:\users\ana\onedrive\bilan.mesdesk"), "OneDrive", W(r"c:\users\ana\onedrive")),
    (W(r"D:\Dropbox (Association)\Convention\bilan.mesdesk"), "Dropbox", W(r"D:\Dropbox (Association)")),
    (W(r"C:\Users\ana\Dropbox\bilan.mesdesk"), "Dropbox", W(r"C:\Users\ana\Dropbox")),
    (W(r"C:\Users\ana\iCloudDrive\bilan.mesdesk"), "iCloud Drive", W(r"C:\Users\ana\iCloudDrive")),
    (W(r"G:\Mon Drive\Bilans\bilan.mesdesk"), "Google Drive", W(r"G:\Mon Drive")),
    (W(r"G:\My Drive\bilan.mesdesk"), "Google Drive", W(r"G:\My Drive")),
    (W(r"G:\Drives partagés\MES\bilan.mesdesk"), "Google Drive", W(r"G:\Drives partagés")),
    (W(r"C:\Users\ana\Google Drive\bilan.mesdesk"), "Google Drive", W(r"C:\Users\ana\Google Drive")),
    # macOS
    (P("/Users/ana/Library/CloudStorage/OneDrive-Personal/bilan.mesdesk"), "OneDrive",
     P("/Users/ana/Library/CloudStorage/OneDrive-Personal")),
    (P("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/Mon Drive/bilan.mesdesk"), "Google Drive",
     P("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org")),
    (P("/Users/ana/Library/CloudStorage/Dropbox/bilan.mesdesk"), "Dropbox", P("/Users/ana/Library/CloudStorage/Dropbox")),
    (P("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Bilans/bilan.mesdesk"), "iCloud Drive",
     P("/Users/ana/Library/Mobile Documents")),
    # Linux
    (P("/home/ana/Dropbox/bilan.mesdesk"), "Dropbox", P("/home/ana/Dropbox")),
])
def test_synced_folders_are_recognised(path: PurePath, service: str, root: PurePath) -> None:
    found = synced_folder(path, {})
    assert found is not None
    assert (found.service, found.root) == (service, root)


@pytest.mark.parametrize("path", [
    W(r"C:\Users\ana\Documents\Bilans été 2025\dossier partagé\bilan.mesdesk"),
    W(r"C:\Users\ana\AppData\Local\MES Desk\bilan.mesdesk"),
    W(r"C:\Users\ana\Documents\Dropbox.mesdesk"),  # the file's own name does not count
    W(r"C:\Users\ana\Documents\Notes on OneDrive\bilan.mesdesk"),
    W(r"C:\Users\ana\My Drive\bilan.mesdesk"),  # "My Drive" counts only at a drive's root, as Google mounts it
    W(r"\\serveur\partage\bilan.mesdesk"),
    P("/home/ana/Documents/Bilans été 2025/bilan.mesdesk"),
    P("/Users/ana/Documents/drop box/bilan.mesdesk"),
])
def test_ordinary_folders_are_not(path: PurePath) -> None:
    assert synced_folder(path, {}) is None


def test_onedrive_is_found_by_its_environment_variable_whatever_its_name() -> None:
    """A business OneDrive moved to D: under another name: only the variable knows."""
    env = {"OneDriveCommercial": r"D:\Nuage Association", "OneDrive": r"D:\Nuage Association"}
    path = W(r"d:\nuage association\Bilans\bilan.mesdesk")
    found = synced_folder(path, env)
    assert found is not None and found.service == "OneDrive" and found.root == W(r"D:\Nuage Association")
    assert synced_folder(W(r"D:\Nuage Associations\bilan.mesdesk"), env) is None  # a neighbour, not inside
    assert synced_folder(W(r"D:\Autre\bilan.mesdesk"), {"OneDrive": "relative"}) is None
