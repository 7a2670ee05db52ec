// Archetypes do not keep file modes: make the generated ./jbench launcher executable.
def project = new File(request.getOutputDirectory(), request.getArtifactId())
new File(project, 'jbench').setExecutable(true, false)
