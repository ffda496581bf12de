<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>RunPod API key</source>
        <translation>RunPod-API-Schlüssel</translation>
    </message>
    <message>
        <source>autopod rents GPUs on your RunPod account. It keeps the key in your system keychain.</source>
        <translation>autopod mietet GPUs über Ihr RunPod-Konto. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Create a key with read and write access under &lt;a href=&quot;https://www.runpod.io/console/user/settings&quot;&gt;RunPod → Settings → API Keys&lt;/a&gt;, then paste it here. It is checked at once.</source>
        <translation>Erstellen Sie unter &lt;a href=&quot;https://www.runpod.io/console/user/settings&quot;&gt;RunPod → Settings → API Keys&lt;/a&gt; einen Schlüssel mit Lese- und Schreibzugriff und fügen Sie ihn hier ein. Er wird sofort geprüft.</translation>
    </message>
    <message>
        <source>rpa_…</source>
        <translation>rpa_…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
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
    <name>DefaultsPage</name>
    <message>
        <source>Where your pods run</source>
        <translation>Wo Ihre Pods laufen</translation>
    </message>
    <message>
        <source>Defaults for new pods. You can change them for each pod.</source>
        <translation>Voreinstellungen für neue Pods. Sie können sie für jeden Pod ändern.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
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
        <translation>Gelöschte ausblenden</translation>
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
        <translation>&amp;Löschen …</translation>
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
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>SshKeyPage</name>
    <message>
        <source>SSH key</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>autopod reaches your pods over SSH: for the ComfyUI tunnel and for the shell.</source>
        <translation>autopod erreicht Ihre Pods über SSH: für den ComfyUI-Tunnel und für die Shell.</translation>
    </message>
    <message>
        <source>Generate a new key</source>
        <translation>Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Use another key file…</source>
        <translation>Andere Schlüsseldatei verwenden …</translation>
    </message>
    <message>
        <source>Your RunPod account</source>
        <translation>Ihr RunPod-Konto</translation>
    </message>
    <message>
        <source>RunPod puts the public keys of your account on every pod. autopod can add this key to the list for you (the keys already there stay), or you can add it yourself as described below.</source>
        <translation>RunPod legt die öffentlichen Schlüssel Ihres Kontos auf jeden Pod. autopod kann diesen Schlüssel für Sie zur Liste hinzufügen (die vorhandenen Schlüssel bleiben), oder Sie fügen ihn wie unten beschrieben selbst hinzu.</translation>
    </message>
    <message>
        <source>Add the public key to my RunPod account</source>
        <translation>Den öffentlichen Schlüssel zu meinem RunPod-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Öffentlichen Schlüssel kopieren</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 seit %2 (%3)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>running since %1 (%2)</source>
        <translation>läuft seit %1 (%2)</translation>
    </message>
    <message>
        <source>running since %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>stopped since %1 (%2)</source>
        <translation>angehalten seit %1 (%2)</translation>
    </message>
    <message>
        <source>stopped since %1</source>
        <translation>angehalten seit %1</translation>
    </message>
    <message>
        <source>terminated since %1 (%2)</source>
        <translation>gelöscht seit %1 (%2)</translation>
    </message>
    <message>
        <source>terminated since %1</source>
        <translation>gelöscht seit %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, durch %2</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>ComfyUI template</source>
        <translation>ComfyUI-Vorlage</translation>
    </message>
    <message>
        <source>The container image new pods start from.</source>
        <translation>Das Container-Image, mit dem neue Pods starten.</translation>
    </message>
    <message>
        <source>Official image</source>
        <translation>Offizielles Image</translation>
    </message>
</context>
<context>
    <name>autopod::gui::ApiKeyPage</name>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft …</translation>
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

Beim Anhalten bleibt das Volume erhalten (der Speicher wird weiter berechnet); Löschen entfernt ihn samt Volume und beendet jede Abrechnung; Weiterlaufen kostet %2/h.</translation>
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
        <translation>Pod löschen</translation>
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
        <translation>Abbruch: Der Pod wird gelöscht.</translation>
    </message>
    <message>
        <source>Cancelling: the pod keeps running.</source>
        <translation>Abbruch: Der Pod läuft weiter.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DefaultsPage</name>
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
        <source>Secure Cloud (recommended, more reliable)</source>
        <translation>Secure Cloud (empfohlen, zuverlässiger)</translation>
    </message>
    <message>
        <source>Community Cloud (cheaper, variable availability)</source>
        <translation>Community Cloud (günstiger, wechselnde Verfügbarkeit)</translation>
    </message>
    <message>
        <source>Suggested for your locale: %1. Pods can run in any region; a nearby one keeps ComfyUI responsive.</source>
        <translation>Vorschlag für Ihr Gebietsschema: %1. Pods können in jeder Region laufen; eine nahe Region hält ComfyUI reaktionsschnell.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopApp</name>
    <message>
        <source>Pods still running</source>
        <translation>Pods laufen noch</translation>
    </message>
    <message>
        <source>Pod action failed</source>
        <translation>Pod-Aktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not refresh from RunPod: %1</source>
        <translation>Aktualisierung von RunPod fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The pod is stopping.</source>
        <translation>Der Pod wird angehalten.</translation>
    </message>
    <message>
        <source>Cannot create pods</source>
        <translation>Pods können nicht erstellt werden</translation>
    </message>
    <message>
        <source>ComfyUI — %1</source>
        <translation>ComfyUI – %1</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>Status von %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open a shell</source>
        <translation>Shell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 has no SSH endpoint yet.</source>
        <translation>%1 hat noch keinen SSH-Zugang.</translation>
    </message>
    <message>
        <source>Shell — %1</source>
        <translation>Shell – %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>This build of autopod-desktop has no SSH connector: it cannot connect to pods. Use `autopod connect` meanwhile.</source>
        <translation>Diese Version von autopod-desktop hat keinen SSH-Connector: Sie kann sich nicht mit Pods verbinden. Verwenden Sie bis dahin `autopod connect`.</translation>
    </message>
    <message>
        <source>%1 (%2) — trying again in %3 s (attempt %4 of %5).</source>
        <translation>%1 (%2) – neuer Versuch in %3 s (Versuch %4 von %5).</translation>
    </message>
</context>
<context>
    <name>autopod::gui::DesktopRuntime</name>
    <message>
        <source>%1

Fix the file, or move it away and run the setup again.</source>
        <translation>%1

Korrigieren Sie die Datei oder verschieben Sie sie und führen Sie die Einrichtung erneut aus.</translation>
    </message>
    <message>
        <source>Logging is off: %1</source>
        <translation>Protokollierung ist aus: %1</translation>
    </message>
    <message>
        <source>pods.json was unreadable (%1); it was kept as %2.</source>
        <translation>pods.json war nicht lesbar (%1); sie wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain is available: the API key is read from %1.</source>
        <translation>Kein Schlüsselbund verfügbar: Der API-Schlüssel wird aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Trust this pod&apos;s host key?</source>
        <translation>Dem Host-Schlüssel dieses Pods vertrauen?</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>%1 has no public SSH port yet: wait until it is running.</source>
        <translation>%1 hat noch keinen öffentlichen SSH-Port: Warten Sie, bis er läuft.</translation>
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
        <translation>Status von %1: %2. Eine Shell braucht einen laufenden Pod.</translation>
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

This saves %2/hr. The pod&apos;s volume is kept (its storage is still billed) and you can resume it later; anything outside the volume is lost.</source>
        <translation>%1 anhalten?

Das spart %2/h. Das Volume des Pods bleibt erhalten (sein Speicher wird weiter berechnet) und Sie können ihn später fortsetzen; alles außerhalb des Volumes geht verloren.</translation>
    </message>
    <message>
        <source>Terminate %1 permanently?

It ran for %2 and cost %3 in total. Everything on its disk and volume is deleted; this cannot be undone.</source>
        <translation>%1 endgültig löschen?

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
        <translation>Pod löschen</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Löschen</translation>
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
        <source>%1 was already gone on RunPod&apos;s side.</source>
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
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not terminate %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
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
    <name>autopod::gui::SetupController</name>
    <message>
        <source>Enter your RunPod API key.</source>
        <translation>Geben Sie Ihren RunPod-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>autopod cannot reach RunPod (no client configured).</source>
        <translation>autopod kann RunPod nicht erreichen (kein Client eingerichtet).</translation>
    </message>
    <message>
        <source>Key accepted: %1, balance $%2.</source>
        <translation>Schlüssel akzeptiert: %1, Guthaben $%2.</translation>
    </message>
    <message>
        <source>Check your API key first.</source>
        <translation>Prüfen Sie zuerst Ihren API-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose or generate a key first.</source>
        <translation>Wählen oder erzeugen Sie zuerst einen Schlüssel.</translation>
    </message>
    <message>
        <source>✓ The key is on your RunPod account; new pods accept it.</source>
        <translation>✓ Der Schlüssel ist in Ihrem RunPod-Konto; neue Pods akzeptieren ihn.</translation>
    </message>
    <message>
        <source>✗ This API key may not change your account (it is read-only). Add the key by hand as described below — and note that creating pods needs a key with read and write access.</source>
        <translation>✗ Dieser API-Schlüssel darf Ihr Konto nicht ändern (er ist schreibgeschützt). Fügen Sie den Schlüssel wie unten beschrieben von Hand hinzu – und beachten Sie, dass zum Erstellen von Pods ein Schlüssel mit Lese- und Schreibzugriff nötig ist.</translation>
    </message>
    <message>
        <source>✗ %1 Add the key by hand as described below.</source>
        <translation>✗ %1 Fügen Sie den Schlüssel wie unten beschrieben von Hand hinzu.</translation>
    </message>
    <message>
        <source>There is no API key to save.</source>
        <translation>Es gibt keinen API-Schlüssel zum Speichern.</translation>
    </message>
    <message>
        <source>The API key could not be stored: %1</source>
        <translation>Der API-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the API key is kept in %1, readable only by you.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Der API-Schlüssel wird in %1 aufbewahrt, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>To add the key to RunPod yourself:</source>
        <translation>So fügen Sie den Schlüssel selbst bei RunPod hinzu:</translation>
    </message>
    <message>
        <source>1. Copy your public key (the button below copies it):</source>
        <translation>1. Kopieren Sie Ihren öffentlichen Schlüssel (die Schaltfläche unten kopiert ihn):</translation>
    </message>
    <message>
        <source>   It is also in %1</source>
        <translation>   Er liegt auch in %1</translation>
    </message>
    <message>
        <source>2. Open https://www.runpod.io/console/user/settings</source>
        <translation>2. Öffnen Sie https://www.runpod.io/console/user/settings</translation>
    </message>
    <message>
        <source>3. Under &quot;SSH Public Keys&quot;, paste it on a new line below the keys already there, and save.</source>
        <translation>3. Fügen Sie ihn unter „SSH Public Keys“ in einer neuen Zeile unter den vorhandenen Schlüsseln ein und speichern Sie.</translation>
    </message>
    <message>
        <source>4. Pods created from now on accept the key.</source>
        <translation>4. Ab jetzt erstellte Pods akzeptieren den Schlüssel.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::SetupWizard</name>
    <message>
        <source>autopod setup</source>
        <translation>autopod-Einrichtung</translation>
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
    <name>autopod::gui::SshKeyPage</name>
    <message>
        <source>Generating a new key…</source>
        <translation>Neuer Schlüssel wird erzeugt …</translation>
    </message>
    <message>
        <source>Adding the key…</source>
        <translation>Schlüssel wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Looking for your SSH keys…</source>
        <translation>Suche nach Ihren SSH-Schlüsseln …</translation>
    </message>
    <message>
        <source>✗ No SSH key found in your ssh-agent or ~/.ssh. Generate a new key, or choose a key file.</source>
        <translation>✗ Kein SSH-Schlüssel in Ihrem ssh-agent oder in ~/.ssh gefunden. Erzeugen Sie einen neuen Schlüssel oder wählen Sie eine Schlüsseldatei.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Found %n SSH key(s). autopod uses the one chosen below.</source>
        <translation>
            <numerusform>✓ %n SSH-Schlüssel gefunden. autopod verwendet den unten gewählten.</numerusform>
            <numerusform>✓ %n SSH-Schlüssel gefunden. autopod verwendet den unten gewählten.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Created %1</source>
        <translation>✓ %1 erstellt</translation>
    </message>
    <message>
        <source>✗ No key was generated: %1</source>
        <translation>✗ Es wurde kein Schlüssel erzeugt: %1</translation>
    </message>
    <message>
        <source>Choose your private SSH key</source>
        <translation>Wählen Sie Ihren privaten SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
</context>
<context>
    <name>autopod::gui::SystemTerminal</name>
    <message>
        <source>No terminal emulator was found. Set $TERMINAL, or run &quot;autopod pod shell %1&quot; in a terminal.</source>
        <translation>Es wurde kein Terminalemulator gefunden. Setzen Sie $TERMINAL oder führen Sie „autopod pod shell %1“ in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>autopod::gui::TemplatePage</name>
    <message>
        <source>The official RunPod ComfyUI image is %1. Any image that serves ComfyUI on port 8188 and runs sshd works.</source>
        <translation>Das offizielle RunPod-ComfyUI-Image ist %1. Jedes Image, das ComfyUI auf Port 8188 anbietet und sshd ausführt, funktioniert.</translation>
    </message>
    <message>
        <source>the key in your ssh-agent</source>
        <translation>den Schlüssel in Ihrem ssh-agent</translation>
    </message>
    <message>
        <source>Finish saves: the API key (in your keychain), SSH key %1, region %2, %3 cloud, and this template — the same settings `autopod config init` writes.</source>
        <translation>Fertigstellen speichert: den API-Schlüssel (in Ihrem Schlüsselbund), SSH-Schlüssel %1, Region %2, %3 Cloud und diese Vorlage – dieselben Einstellungen, die `autopod config init` schreibt.</translation>
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
        <translation>Löschen …</translation>
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
    <message>
        <source>Pod terminated to save costs</source>
        <translation>Pod gelöscht, um Kosten zu sparen</translation>
    </message>
    <message>
        <source>Pod may still be billing</source>
        <translation>Pod wird möglicherweise noch abgerechnet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>autopod desktop: rent a RunPod GPU for ComfyUI in one step.</source>
        <translation>autopod desktop: eine RunPod-GPU für ComfyUI in einem Schritt mieten.</translation>
    </message>
    <message>
        <source>autopod</source>
        <translation>autopod</translation>
    </message>
    <message>
        <source>autopod needs a RunPod API key: open File → Setup wizard when you are ready.</source>
        <translation>autopod braucht einen RunPod-API-Schlüssel: Öffnen Sie Datei → Einrichtungsassistent, sobald Sie so weit sind.</translation>
    </message>
</context>
</TS>
