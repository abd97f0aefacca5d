import BegrootCore

extension Scaffold {
    /// Where a new site's publishing workflow goes: GitHub and Forgejo (Codeberg) both read it there.
    static let workflowPath = ".github/workflows/publish.yml"

    /// The workflow that publishes a site on a forge's pages service: it downloads begroot's release
    /// download, checks its SHA-256, builds with the portal's address and publishes `public/`. It does
    /// nothing until `PORTAL_ADDRESS` and `BEGROOT_DOWNLOAD` are filled in (docs/publishing.md).
    static func publishingWorkflow() -> String {
        """
        # Publishes the portal on GitHub Pages each time the main branch changes.
        # It does nothing until PORTAL_ADDRESS and BEGROOT_DOWNLOAD below are filled in;
        # begroot's docs/publishing.md tells how, step by step.
        name: Publish the portal

        on:
          push:
            branches: [main]
          workflow_dispatch:

        env:
          # The portal's address once published, e.g. https://buurtbudget.github.io/portaal/
          PORTAL_ADDRESS: ""
          # The address of begroot's download, begroot-\(Release.version)-linux-x86_64.tar.gz
          # (the file from begroot's release page, or a copy you keep yourself).
          BEGROOT_DOWNLOAD: ""
          # Its SHA-256 from the release page (safer than the checksum file beside the download).
          BEGROOT_SHA256: ""

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            outputs:
              ready: ${{ steps.settings.outputs.ready }}
            steps:
              - name: Check the settings
                id: settings
                run: |
                  if [ -z "$PORTAL_ADDRESS" ] || [ -z "$BEGROOT_DOWNLOAD" ]; then
                    echo "::notice::Fill in PORTAL_ADDRESS and BEGROOT_DOWNLOAD in .github/workflows/publish.yml to publish the portal."
                    echo "ready=false" >> "$GITHUB_OUTPUT"
                  else
                    echo "ready=true" >> "$GITHUB_OUTPUT"
                  fi
              - name: Get the content
                if: steps.settings.outputs.ready == 'true'
                uses: actions/checkout@v4
              - name: Download begroot
                if: steps.settings.outputs.ready == 'true'
                run: |
                  curl --fail --location --silent --show-error --output begroot.tar.gz "$BEGROOT_DOWNLOAD"
                  curl --fail --location --silent --show-error --output begroot.tar.gz.sha256 "$BEGROOT_DOWNLOAD.sha256" || true
              - name: Check the download's checksum
                if: steps.settings.outputs.ready == 'true'
                run: |
                  if [ -n "$BEGROOT_SHA256" ]; then
                    echo "$BEGROOT_SHA256  begroot.tar.gz" | sha256sum --check
                  else
                    echo "$(cut -d' ' -f1 begroot.tar.gz.sha256)  begroot.tar.gz" | sha256sum --check
                  fi
                  mkdir -p "$RUNNER_TEMP/begroot"
                  tar -xzf begroot.tar.gz -C "$RUNNER_TEMP/begroot" --strip-components=1
                  rm begroot.tar.gz begroot.tar.gz.sha256
                  "$RUNNER_TEMP/begroot/begroot" --version
              - name: Build the portal
                if: steps.settings.outputs.ready == 'true'
                run: |
                  "$RUNNER_TEMP/begroot/begroot" build --strict --base-url "$PORTAL_ADDRESS"
              - name: Hand the portal to Pages
                if: steps.settings.outputs.ready == 'true'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: public

          publish:
            needs: build
            if: needs.build.outputs.ready == 'true'
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - name: Publish
                id: deployment
                uses: actions/deploy-pages@v4

        """
    }
}
