#!/bin/sh
# usage: Re-runs the Cookiecutter for this repository (a small copy of v0.0.6's make.sh).
GITHUB_REPO="gh:lpm0073/cookiecutter-openedx-devops"
GITHUB_BRANCH="main"

cookiecutter --checkout $GITHUB_BRANCH \
             --overwrite-if-exists \
             --no-input \
             $GITHUB_REPO \
             environment_name=prod
