<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CreationProgress</name>
    <message>
        <source>Creating pod</source>
        <translation>Pod wird erstellt</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Vergangen:</translation>
    </message>
    <message>
        <source>Cost so far:</source>
        <translation>Bisherige Kosten:</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>autopod</source>
        <translation>autopod</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Search pods by name, GPU, data center or status</source>
        <translation>Pods nach Name, GPU, Rechenzentrum oder Status suchen</translation>
    </message>
    <message>
        <source>Hide terminated</source>
        <translation>Beendete ausblenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Pod</source>
        <translation>&amp;Pod</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Pod actions</source>
        <translation>Pod-Aktionen</translation>
    </message>
    <message>
        <source>&amp;New pod…</source>
        <translation>&amp;Neuer Pod …</translation>
    </message>
    <message>
        <source>Rent a GPU and start ComfyUI on it</source>
        <translation>Eine GPU mieten und ComfyUI darauf starten</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Setup wizard…</source>
        <translation>&amp;Einrichtungsassistent …</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open &amp;ComfyUI</source>
        <translation>&amp;ComfyUI öffnen</translation>
    </message>
    <message>
        <source>Connect to the pod and open ComfyUI in a tab</source>
        <translation>Mit dem Pod verbinden und ComfyUI in einem Tab öffnen</translation>
    </message>
    <message>
        <source>S&amp;hell</source>
        <translation>S&amp;hell</translation>
    </message>
    <message>
        <source>Open a terminal on the pod</source>
        <translation>Ein Terminal auf dem Pod öffnen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop paying for the GPU; the volume is kept</source>
        <translation>Nicht mehr für die GPU bezahlen; das Volume bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start a stopped pod again</source>
        <translation>Einen angehaltenen Pod wieder starten</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>B&amp;eenden …</translation>
    </message>
    <message>
        <source>Destroy the pod and everything on its disk</source>
        <translation>Den Pod und alles auf seinem Datenträger löschen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;About autopod</source>
        <translation>&amp;Über autopod</translation>
    </message>
</context>
<context>
    <name>NewPodDialog</name>
    <message>
        <source>New pod</source>
        <translation>Neuer Pod</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>C&amp;UDA at least:</source>
        <translation>C&amp;UDA mindestens:</translation>
    </message>
    <message>
        <source>Only my &amp;favourite GPUs</source>
        <translation>Nur meine &amp;Lieblings-GPUs</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <source>GPU c&amp;ount:</source>
        <translation>GPU-&amp;Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Network &amp;volume:</source>
        <translation>Netzwerk-&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Data center:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
</context>
<context>
    <name>PodDetailsPanel</name>
    <message>
        <source>No pod selected</source>
        <translation>Kein Pod ausgewählt</translation>
    </message>
    <message>
        <source>Pod ID</source>
        <translation>Pod-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Network volume</source>
        <translation>Netzwerk-Volume</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>ComfyUI</source>
        <translation>ComfyUI</translation>
    </message>
    <message>
        <source>Connect manually with OpenSSH:</source>
        <translation>Manuell mit OpenSSH verbinden:</translation>
    </message>
    <message>
        <source>Available while the pod is running</source>
        <translation>Verfügbar, solange der Pod läuft</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>PodRow</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>autopod::gui::ComfyUiView</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>ComfyUI appears here once the pod is running and its tunnel is connected.</source>
        <translation>ComfyUI erscheint hier, sobald der Pod läuft und sein Tunnel verbunden ist.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connecting to the pod…</source>
        <translation>Verbindung zum Pod wird aufgebaut …</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut …</translation>
    </message>
    <message>
        <source>The connection to the pod dropped. Reconnecting; the page comes back by itself.</source>
        <translation>Die Verbindung zum Pod ist abgebrochen. Sie wird wiederhergestellt; die Seite kehrt von selbst zurück.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>The tunnel to the pod failed.</source>
        <translation>Der Tunnel zum Pod ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::CreationProgress</name>
    <message>
        <source>Cancel…</source>
        <translation>Abbrechen …</translation>
    </message>
    <message>
        <source>RunPod created %1 (%2).</source>
        <translation>RunPod hat %1 erstellt (%2).</translation>
    </message>
    <message>
        <source>%1 — trying again in %2 s (attempt %3 of %4).</source>
        <translation>%1 – neuer Versuch in %2 s (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>Requesting pod...</source>
        <translation>Pod wird angefordert ...</translation>
    </message>
    <message>
        <source>Waiting for pod to start...</source>
        <translation>Warte auf den Start des Pods ...</translation>
    </message>
    <message>
        <source>Pod running, waiting for SSH...</source>
        <translation>Pod läuft, warte auf SSH ...</translation>
    </message>
    <message>
        <source>SSH ready, establishing tunnel...</source>
        <translation>SSH bereit, Tunnel wird aufgebaut ...</translation>
    </message>
    <message>
        <source>Connected!</source>
        <translation>Verbunden!</translation>
    </message>
    <message>
        <source>Creating a pod</source>
        <translation>Ein Pod wird erstellt</translation>
    </message>
    <message>
        <source>Creating &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird erstellt</translation>
    </message>
    <message>
        <source>%1 (at %2/hr)</source>
        <translation>%1 (bei %2/h)</translation>
    </message>
    <message>
        <source>Open ComfyUI</source>
        <translation>ComfyUI öffnen</translation>
    </message>
    <message>
        <source>Connected! ComfyUI is at http://localhost:%1 (%2 ms).</source>
        <translation>Verbunden! ComfyUI ist unter http://localhost:%1 erreichbar (%2 ms).</translation>
    </message>
    <message>
        <source>Creating %1 failed</source>
        <translation>Erstellen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancel pod creation</source>
        <translation>Pod-Erstellung abbrechen</translation>
    </message>
    <message>
        <source>What should happen to %1?

Stopping keeps its volume (storage is still billed); terminating deletes it and ends all billing; keeping it running costs %2/hr.</source>
        <translation>Was soll mit %1 geschehen?

Beim Anhalten bleibt das Volume erhalten (der Speicher wird weiter berechnet); Beenden löscht es und beendet jede Abrechnung; Weiterlaufen kostet %2/h.</translation>
    </message>
    <message>
        <source>the pod</source>
        <translation>dem Pod</translation>
    </message>
    <message>
        <source>Stop the pod</source>
        <translation>Pod anhalten</translation>
    </message>
    <message>
        <source>Terminate the pod</source>
        <translation>Pod beenden</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Continue waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>Cancelling: the pod will be stopped.</source>
        <translation>Abbruch: Der Pod wird angehalten.</translation>
    </message>
    <message>
        <source>Cancelling: the pod will be terminated.</source>
        <translation>Abbruch: Der Pod wird beendet.</translation>
    </message>
    <message>
        <source>Cancelling: the pod keeps running.</source>
        <translation>Abbruch: Der Pod läuft weiter.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::GpuOfferModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>✓ High</source>
        <translation>✓ Hoch</translation>
    </message>
    <message>
        <source>✓ Medium</source>
        <translation>✓ Mittel</translation>
    </message>
    <message>
        <source>✓ Low</source>
        <translation>✓ Gering</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation>Extrem</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>VRAM</translation>
    </message>
    <message>
        <source>Cost/hr</source>
        <translation>Kosten/h</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
</context>
<context>
    <name>autopod::gui::LogViewer</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>No log yet at %1.</source>
        <translation>Noch kein Protokoll unter %1.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::MainWindow</name>
    <message>
        <source>%1 is %2: a shell needs a running pod.</source>
        <translation>%1 ist %2: Eine Shell braucht einen laufenden Pod.</translation>
    </message>
    <message>
        <source>No pod is running: nothing is billed for GPUs.</source>
        <translation>Kein Pod läuft: Für GPUs wird nichts berechnet.</translation>
    </message>
    <message>
        <source>1 pod running, %1/hr in total.</source>
        <translation>1 Pod läuft, insgesamt %1/h.</translation>
    </message>
    <message>
        <source>%1 pods running, %2/hr in total.</source>
        <translation>%1 Pods laufen, insgesamt %2/h.</translation>
    </message>
    <message>
        <source>About autopod</source>
        <translation>Über autopod</translation>
    </message>
    <message>
        <source>&lt;b&gt;autopod %1&lt;/b&gt;&lt;p&gt;Rent a RunPod GPU for ComfyUI in one step, and never forget it running.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;b&gt;autopod %1&lt;/b&gt;&lt;p&gt;Eine RunPod-GPU für ComfyUI in einem Schritt mieten – und nie vergessen, dass sie läuft.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>autopod::gui::NewPodDialog</name>
    <message>
        <source>&amp;Create pod…</source>
        <translation>Pod &amp;erstellen …</translation>
    </message>
    <message>
        <source>Secure cloud (recommended, more reliable)</source>
        <translation>Secure Cloud (empfohlen, zuverlässiger)</translation>
    </message>
    <message>
        <source>Community cloud (cheaper, variable availability)</source>
        <translation>Community Cloud (günstiger, wechselnde Verfügbarkeit)</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Asia-Pacific</source>
        <translation>Asien-Pazifik</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>High or extreme</source>
        <translation>Hoch oder extrem</translation>
    </message>
    <message>
        <source>Extreme only</source>
        <translation>Nur extrem</translation>
    </message>
    <message>
        <source>Any speed</source>
        <translation>Beliebige Geschwindigkeit</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Bestes verfügbares</translation>
    </message>
    <message>
        <source>%1 (%2 GB, %3)</source>
        <translation>%1 (%2 GB, %3)</translation>
    </message>
    <message>
        <source>Community cloud</source>
        <translation>Community Cloud</translation>
    </message>
    <message>
        <source>Secure cloud</source>
        <translation>Secure Cloud</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 or newer</source>
        <translation>%1 oder neuer</translation>
    </message>
    <message>
        <source>favourites only</source>
        <translation>nur Favoriten</translation>
    </message>
    <message>
        <source>Filtering: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>suche …</translation>
    </message>
    <message>
        <source>No GPU matches these filters right now. Try another region, a lower CUDA version or any network speed.</source>
        <translation>Zurzeit passt keine GPU zu diesen Filtern. Versuchen Sie eine andere Region, eine niedrigere CUDA-Version oder eine beliebige Netzwerkgeschwindigkeit.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a GPU to see the estimated cost.</source>
        <translation>Wählen Sie eine GPU, um die geschätzten Kosten zu sehen.</translation>
    </message>
    <message>
        <source>Estimated cost: %1/hr (%2 × %3)</source>
        <translation>Geschätzte Kosten: %1/h (%2 × %3)</translation>
    </message>
    <message>
        <source>the best available data center</source>
        <translation>dem besten verfügbaren Rechenzentrum</translation>
    </message>
    <message>
        <source>Create pod</source>
        <translation>Pod erstellen</translation>
    </message>
    <message>
        <source>Create a pod with %1 × %2 in %3?

%4
Billing starts as soon as RunPod creates the pod. If it does not come up, autopod stops it to save costs.</source>
        <translation>Einen Pod mit %1 × %2 in %3 erstellen?

%4
Die Abrechnung beginnt, sobald RunPod den Pod erstellt. Startet er nicht, hält autopod ihn an, um Kosten zu sparen.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodActionPrompts</name>
    <message>
        <source>Stop %1?

This saves %2/hr. The pod's volume is kept (its storage is still billed) and you can resume it later; anything outside the volume is lost.</source>
        <translation>%1 anhalten?

Das spart %2/h. Das Volume des Pods bleibt erhalten (sein Speicher wird weiter berechnet) und Sie können ihn später fortsetzen; alles außerhalb des Volumes geht verloren.</translation>
    </message>
    <message>
        <source>Terminate %1 permanently?

It ran for %2 and cost %3 in total. Everything on its disk and volume is deleted; this cannot be undone.</source>
        <translation>%1 endgültig beenden?

Er lief %2 und hat insgesamt %3 gekostet. Alles auf seinem Datenträger und Volume wird gelöscht; das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Warning: this pod has been running for a long time or has cost a lot. Make sure your outputs are saved elsewhere.</source>
        <translation>Achtung: Dieser Pod lief lange oder hat viel gekostet. Stellen Sie sicher, dass Ihre Ergebnisse anderswo gesichert sind.</translation>
    </message>
    <message>
        <source>Stop pod</source>
        <translation>Pod anhalten</translation>
    </message>
    <message>
        <source>Terminate pod</source>
        <translation>Pod beenden</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodDetailsPanel</name>
    <message>
        <source>No pod selected</source>
        <translation>Kein Pod ausgewählt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1/hr, %2 so far</source>
        <translation>%1/h, bisher %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodListModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/hr</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>$/hr</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Bisherige Kosten</translation>
    </message>
    <message>
        <source>Local URL</source>
        <translation>Lokale URL</translation>
    </message>
</context>
<context>
    <name>autopod::gui::PodsController</name>
    <message>
        <source>%1 was already gone on RunPod's side.</source>
        <translation>%1 existierte bei RunPod bereits nicht mehr.</translation>
    </message>
    <message>
        <source>%1 stopped: that saves %2/hr. Its volume is kept; resume it any time.</source>
        <translation>%1 angehalten: Das spart %2/h. Das Volume bleibt erhalten; Sie können ihn jederzeit fortsetzen.</translation>
    </message>
    <message>
        <source>Could not stop %1: %2</source>
        <translation>%1 konnte nicht angehalten werden: %2</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Could not resume %1: %2</source>
        <translation>%1 konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 terminated.</source>
        <translation>%1 beendet.</translation>
    </message>
    <message>
        <source>Could not terminate %1: %2</source>
        <translation>%1 konnte nicht beendet werden: %2</translation>
    </message>
</context>
<context>
    <name>autopod::gui::QuitFlow</name>
    <message>
        <source>A pod could not be stopped, so autopod stays open: %1</source>
        <translation>Ein Pod konnte nicht angehalten werden, daher bleibt autopod geöffnet: %1</translation>
    </message>
    <message>
        <source>1 pod still running, costing %1/hr.</source>
        <translation>1 Pod läuft noch und kostet %1/h.</translation>
    </message>
    <message>
        <source>%1 pods still running, costing %2/hr.</source>
        <translation>%1 Pods laufen noch und kosten %2/h.</translation>
    </message>
    <message>
        <source>Stop them before quitting? Stopped pods keep their volume and can be resumed later.</source>
        <translation>Vor dem Beenden anhalten? Angehaltene Pods behalten ihr Volume und können später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Quit autopod</source>
        <translation>autopod beenden</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep them running and quit</source>
        <translation>Weiterlaufen lassen und beenden</translation>
    </message>
</context>
<context>
    <name>autopod::gui::ShellTab</name>
    <message>
        <source>Starting the terminal…</source>
        <translation>Terminal wird gestartet …</translation>
    </message>
    <message>
        <source>Open in system terminal</source>
        <translation>Im Systemterminal öffnen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>No session to show.</source>
        <translation>Keine Sitzung zum Anzeigen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>The shell exited with status %1.</source>
        <translation>Die Shell wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <source>The shell ended.</source>
        <translation>Die Shell wurde beendet.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::SystemTerminal</name>
    <message>
        <source>No terminal emulator was found. Set $TERMINAL, or run "autopod pod shell %1" in a terminal.</source>
        <translation>Es wurde kein Terminalemulator gefunden. Setzen Sie $TERMINAL oder führen Sie „autopod pod shell %1“ in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::TrayController</name>
    <message>
        <source>No pod running</source>
        <translation>Kein Pod läuft</translation>
    </message>
    <message>
        <source>1 pod running: %1/hr</source>
        <translation>1 Pod läuft: %1/h</translation>
    </message>
    <message>
        <source>%1 pods running: %2/hr</source>
        <translation>%1 Pods laufen: %2/h</translation>
    </message>
    <message>
        <source>This session: %1</source>
        <translation>Diese Sitzung: %1</translation>
    </message>
    <message>
        <source>autopod</source>
        <translation>autopod</translation>
    </message>
    <message>
        <source>%1/hr</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>Open ComfyUI</source>
        <translation>ComfyUI öffnen</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Beenden …</translation>
    </message>
    <message>
        <source>Show autopod</source>
        <translation>autopod anzeigen</translation>
    </message>
    <message>
        <source>New pod…</source>
        <translation>Neuer Pod …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Pod ready</source>
        <translation>Pod bereit</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <source>%1 is running. ComfyUI: %2</source>
        <translation>%1 läuft. ComfyUI: %2</translation>
    </message>
    <message>
        <source>Pod stopped to save costs</source>
        <translation>Pod angehalten, um Kosten zu sparen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>